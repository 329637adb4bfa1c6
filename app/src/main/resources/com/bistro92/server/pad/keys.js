// The seed's four-button device: 1 Menu/Back/Cancel, 2 Select/Confirm, 3 Decrease/Left,
// 4 Increase/Right, arriving as keys (1–4, or Escape, Enter and the arrow keys) from a small board
// whose buttons are mapped to keys. Buttons 3 and 4 move the focus between the screen's controls,
// or change the number in a stepper that has it; 2 presses the control; 1 goes back.

const BACK = new Set(['1', 'Escape', 'Backspace']);
const SELECT = new Set(['2', 'Enter', ' ']);
const LEFT = new Set(['3', 'ArrowLeft', 'ArrowUp']);
const RIGHT = new Set(['4', 'ArrowRight', 'ArrowDown']);

/** The controls the buttons move between, in reading order. */
function stops() {
  return [...document.querySelectorAll('[data-nav]')].filter((el) => !el.disabled && el.offsetParent !== null);
}

/** Puts the focus back on the control `id` after a redraw, or on the screen's first control. */
export function restoreFocus(id) {
  const all = stops();
  const target = all.find((el) => el.dataset.nav === id) || all[0];
  if (target) target.focus({preventScroll: false});
}

/**
 * Listens for the buttons. `pad.back()` and `pad.step(id, by)` are the pad's; `pad.keysOn()` says
 * whether the four-button mode is on (a touch tablet's keyboard must type, not navigate).
 */
export function listen(pad) {
  document.addEventListener('keydown', (event) => {
    if (!pad.keysOn() || event.ctrlKey || event.altKey || event.metaKey) return;
    const key = event.key;
    const focused = document.activeElement;
    const typing = focused && (focused.tagName === 'INPUT' || focused.tagName === 'TEXTAREA');
    if (typing && !BACK.has(key) && key !== 'Enter' && key !== 'ArrowUp' && key !== 'ArrowDown') return;
    const all = stops();
    const at = all.indexOf(focused);
    if (BACK.has(key)) {
      event.preventDefault();
      pad.back();
    } else if (SELECT.has(key)) {
      event.preventDefault();
      if (focused && focused.dataset.stepper) {
        // the number is chosen: on to the next control
        (all[at + 1] || focused).focus();
      } else if (at >= 0) {
        focused.click();
      } else if (all[0]) {
        all[0].focus();
      }
    } else if (LEFT.has(key) || RIGHT.has(key)) {
      event.preventDefault();
      const by = RIGHT.has(key) ? 1 : -1;
      if (focused && focused.dataset.stepper && (key === '3' || key === '4' || key.startsWith('ArrowL')
          || key.startsWith('ArrowR'))) {
        pad.step(focused.dataset.stepper, by);
        return;
      }
      const next = at < 0 ? (by > 0 ? all[0] : all[all.length - 1]) : all[(at + by + all.length) % all.length];
      if (next) {
        next.focus();
        next.scrollIntoView({block: 'nearest'});
      }
    }
  });
}
