import { createRoot } from 'react-dom/client';
import '../../components/shared/page.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/app/PopupApp';
import { coachDatabase } from '../../store/database';

createRoot(document.getElementById('root')!).render(<PopupApp db={coachDatabase()} />);
