// html-validate's configuration (it finds this file by name). The recommended
// rules apply to every built page; a rule is turned off only with its reason.
/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // A title is «page | site name». The page part is often the official
    // name of a document or task, longer than 70 characters on its own;
    // shortening it would misquote it, and search engines truncate long
    // titles rather than reject them.
    'long-title': 'off',
    // Not off, widened: the search filters are groups of checkboxes sharing one
    // name (?kind=a&kind=b), which HTML forms are designed for. The rule skips
    // hidden forms, so it only noticed once the form was shown from first paint.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
