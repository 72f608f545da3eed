import { registerSW } from 'virtual:pwa-register';
import { offerUpdates } from './update-offer.tsx';

// Loaded lazily by src/main.tsx in production builds: the service worker
// (scripts/vite/pwa.ts) precaches the app for offline use.
offerUpdates({ register: registerSW });
