import { useEffect, useRef } from 'react';

/**
 * Keyboard focus for a part that opens in place of its button: `target` gets the focus when the part
 * opens, `back` (the button) when it closes again, so that the keyboard never lands on the page's top.
 */
export function useFocusReturn<T extends HTMLElement, B extends HTMLElement>(open: boolean) {
  const target = useRef<T>(null);
  const back = useRef<B>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (open) {
      opened.current = true;
      target.current?.focus();
    } else if (opened.current) {
      back.current?.focus();
    }
  }, [open]);
  return { targetRef: target, backRef: back };
}
