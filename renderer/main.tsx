import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { adoptSessionToken } from './session-token.ts';
import './styles/index.css';

// Before anything can navigate: the token leaves the address bar and never enters the history.
if (!window.realityCheck) adoptSessionToken();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
