import '../../components/theme.css';
import './popup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../components/i18n';
import { Popup } from './Popup';

document.title = t('popupPageTitle');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Popup />
    </StrictMode>,
  );
