/** The site's name, as the header shows it and every page title ends with it. */
export const SITE_NAME = 'Cải cách hành chính tỉnh Bắc Kạn 2006 – 2010';
