/** The site's name, as the header shows it (BaseLayout.astro spells it too). */
export const SITE_NAME = 'Cải cách hành chính tỉnh Bắc Kạn 2006 – 2010';
