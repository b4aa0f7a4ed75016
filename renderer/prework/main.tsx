/*
 * The pre-work form (docs/spec/interfaces.md, "The response file"): one HTML file the app makes
 * per audit (files.preworkForm), opened from disk in any browser with no network. Built apart
 * from the app by vite.prework.config.ts into one file, its script and styles inline. It reads
 * the audit from the JSON the app wrote into the page, keeps what the person enters in
 * localStorage, and saves their answers as a response file (a download).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PreworkForm } from './PreworkForm.tsx';
import { loadForm } from './payload.ts';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const form = loadForm(document);
createRoot(root).render(
  <StrictMode>
    {form.ok ? (
      <PreworkForm payload={form.payload} instrument={form.instrument} />
    ) : (
      <main className="pw">
        <h1>Reality Check pre-work</h1>
        <p role="alert">{form.message}</p>
      </main>
    )}
  </StrictMode>,
);
