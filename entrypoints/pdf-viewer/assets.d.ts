// Vite's types for `?url` imports and import.meta.glob, used by open-pdf.ts to ship pdf.js's worker and CMaps.
/// <reference types="vite/client" />
