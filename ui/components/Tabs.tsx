export type TabId = 'train' | 'colorize' | 'styles';

const TABS: readonly { id: TabId; label: string }[] = [
  { id: 'train', label: 'Train' },
  { id: 'colorize', label: 'Colorize' },
  { id: 'styles', label: 'Styles' },
];

/** WAI-ARIA tabs: one tab stop, arrow keys / Home / End move between tabs. */
export function Tabs({ current, onChange }: { current: TabId; onChange: (tab: TabId) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    // From the focused tab (the selected one, unless focus was moved there by a script).
    const focused = TABS.findIndex((t) => `tab-${t.id}` === (event.target as HTMLElement | null)?.id);
    const index = focused >= 0 ? focused : TABS.findIndex((t) => t.id === current);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index + TABS.length - 1) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    else return;
    event.preventDefault();
    onChange(TABS[next].id);
    document.getElementById(`tab-${TABS[next].id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Hueprint" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={`tab-${t.id}`}
          class="tab"
          role="tab"
          type="button"
          aria-selected={t.id === current}
          aria-controls={`panel-${t.id}`}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
