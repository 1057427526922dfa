import { createRoot } from 'react-dom/client';
import '../../components/shared/page.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/app/OptionsApp';
import { coachDatabase } from '../../store/database';

createRoot(document.getElementById('root')!).render(<OptionsApp db={coachDatabase()} />);
