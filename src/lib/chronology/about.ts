/** What the chronology calls itself, in titles, citations and exported pictures. */
export const APP_TITLE = 'ASEAN–China cooperation against cybercrime, 2003–2023';
