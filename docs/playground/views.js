// The page's views as tabs: each `[role=tab]` shows the `[role=tabpanel]` it controls and hides the
// others. The address's fragment names the view (`#inspector`, `#reconciliation`, `#playground`), so
// a link opens one; a tab whose panel is still empty is not offered.

/** Wires the tabs inside `tablist`; the first offered tab is shown unless the address names one. */
export function setUpViews(tablist) {
  const tabs = [...tablist.querySelectorAll('[role=tab]')];
  const panelOf = (tab) => document.getElementById(tab.getAttribute('aria-controls'));
  for (const tab of tabs) tab.hidden = (panelOf(tab)?.childElementCount ?? 0) === 0;
  const offered = tabs.filter((tab) => !tab.hidden);

  function show(id) {
    const chosen = offered.find((tab) => tab.getAttribute('aria-controls') === id) ?? offered[0];
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = panelOf(tab);
      if (panel !== null) panel.hidden = !selected;
    }
  }

  for (const tab of offered)
    tab.addEventListener('click', () => {
      const id = tab.getAttribute('aria-controls');
      history.replaceState(null, '', `#${id}`);
      show(id);
    });
  // Arrow keys move between tabs, as the ARIA tabs pattern has them.
  tablist.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    const at = offered.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
    const next = offered[(at + step + offered.length) % offered.length];
    next?.click();
    next?.focus();
  });
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  show(location.hash.slice(1));
}
