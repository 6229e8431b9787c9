import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from "react";

type Notify = (message: string) => void;
const NotifyContext = createContext<Notify>(() => {});

/** Short confirmations ("Saved") in a polite live region, gone after a few seconds. */
export function Notifier({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const notify = useCallback<Notify>((text) => {
    clearTimeout(timer.current);
    setMessage(text);
    timer.current = setTimeout(() => setMessage(""), 5000);
  }, []);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div className={message ? "toast visible" : "toast"} role="status" aria-live="polite">
        {message}
      </div>
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
