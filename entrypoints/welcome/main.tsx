import '../../components/theme.css';
import './welcome.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../components/i18n';
import { Welcome } from './Welcome';

document.title = t('welcomePageTitle');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Welcome />
    </StrictMode>,
  );
