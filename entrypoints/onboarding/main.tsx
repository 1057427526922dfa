import { createRoot } from 'react-dom/client';
import '../../components/shared/page.css';
import '../../components/onboarding/onboarding.css';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';

createRoot(document.getElementById('root')!).render(<OnboardingApp />);
