/*
 * The phone page of room mode (docs/spec/room.md, "Phone"): a page of its own, built apart from
 * the app's (vite.phone.config.ts), that the room server serves on the venue network.
 *
 * URL layout of the built files (what the room server serves; nothing else of dist/ is reachable):
 *   dist/renderer/phone/index.html          served for GET /j/ROOMTOKEN (the QR code) and GET /
 *                                            (the page that asks for the code), as text/html
 *   dist/renderer/phone/assets/<file>        served at GET /phone/assets/<file>; the page refers
 *                                            to them by these absolute paths (Vite base '/phone/'),
 *                                            so they load the same from /j/ROOMTOKEN and from /
 * Content hashes are in the asset names: they can be cached for good; index.html must not be.
 * The page has no Content-Security-Policy of its own: the server's header is the policy
 * (electron/server/room/csp.ts), as it alone knows the room's ws:// address.
 * The page then talks to the same origin only: POST /p/join, POST /p/claim, GET /p/ws
 * (WebSocket, ws:// on the LAN), as shared/room/protocol.ts says. It reads the room token from
 * location.pathname (/j/ROOMTOKEN) and keeps the device token, the seq counter and the offline
 * queue in localStorage.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './PhoneApp.tsx';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <PhoneApp />
  </StrictMode>,
);
