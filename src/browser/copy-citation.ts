/**
 * The reader, enhanced. The citation of the clause in the URL's fragment is
 * shown by CSS alone (`.official-doc > :target::after`, from the clause's
 * data-pagefind-title); with JavaScript and a clipboard, a button under the
 * clause copies it. Nothing else depends on this script.
 */
const row = document.createElement('p');
row.className = 'prov-copy';
row.dataset['siteAddition'] = '';
const button = document.createElement('button');
button.type = 'button';
button.textContent = 'Sao chép trích dẫn';
const message = document.createElement('span');
message.setAttribute('role', 'status');
row.append(button, message);

/** The clause the fragment names, if it names one. */
function targetClause(): HTMLElement | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  return el?.closest('[data-official-text]') && el.dataset['pagefindTitle'] ? el : undefined;
}

/** Puts the button under the clause in the fragment, or takes it away when there is none. */
function place(): void {
  const clause = targetClause();
  message.textContent = '';
  if (clause) clause.after(row);
  else row.remove();
}

button.addEventListener('click', () => {
  const citation = targetClause()?.dataset['pagefindTitle'] ?? '';
  navigator.clipboard.writeText(citation).then(
    () => (message.textContent = 'Đã sao chép.'),
    () => (message.textContent = 'Không sao chép được.'),
  );
});

// The clipboard API exists only on secure pages (https, localhost).
if (typeof navigator.clipboard?.writeText === 'function') {
  place();
  addEventListener('hashchange', place);
}
