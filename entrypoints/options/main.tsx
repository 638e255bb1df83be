import '../../components/theme.css';
import './options.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../components/i18n';
import { Options } from './Options';

document.title = t('optionsPageTitle');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Options />
    </StrictMode>,
  );
