import { useApolloClient, useMutation } from "@apollo/client/react";
import { SessionDocument, SignInDocument } from "@ocop/schema/admin";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { TextField } from "../../components/fields";
import { useProblemMessage } from "../../components/FormProblem";
import { LanguageSwitch } from "../../components/Layout";
import { useFieldErrorText } from "../../i18n/fieldErrors";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, fieldErrorMap, problemOf } from "../../lib/errors";

/** Sign-in. The session cookie is HttpOnly: success is known from the Session it returns. */
export function SignInPage({ next }: { next: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const message = useProblemMessage();
  const fieldText = useFieldErrorText();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= waitUntil) setWaitUntil(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  const secondsLeft = waitUntil ? Math.max(0, Math.ceil((waitUntil - now) / 1000)) : 0;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = t("form.required");
    if (!password) missing.password = t("form.required");
    setErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length) return;
    try {
      const result = await signIn({ variables: { email: email.trim(), password } });
      if (result.data) {
        // The shell watches this query: it now renders the app and follows `next`.
        client.cache.writeQuery({ query: SessionDocument, data: { session: result.data.signIn } });
      }
    } catch (error) {
      const p = problemOf(error);
      if (p.code === "BAD_USER_INPUT" && p.fields.length) {
        setErrors(fieldErrorMap(p.fields, fieldText));
      } else {
        if (p.code === "TOO_MANY_REQUESTS") {
          setWaitUntil(Date.now() + (p.retryAfterSeconds ?? 60) * 1000);
          setNow(Date.now());
        }
        setProblem(p);
      }
    }
  };

  const problemText = (p: ApiProblem) => {
    if (p.code === "UNAUTHENTICATED" || p.code === "FORBIDDEN") return t("signIn.wrong");
    if (p.code === "TOO_MANY_REQUESTS") {
      return secondsLeft > 0 ? t("signIn.tooMany", { time: formatWait(secondsLeft) }) : t("signIn.tryAgainNow");
    }
    return message(p);
  };

  return (
    <div className="sign-in-shell">
      <header className="sign-in-header">
        <span className="brand">{t("shell.brand")}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="sign-in">
        <h1>{t("signIn.title")}</h1>
        <p className="muted">{t("signIn.intro")}</p>
        {problem && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={alertRef}>
            {problemText(problem)}
          </div>
        )}
        <form onSubmit={onSubmit} noValidate aria-label={t("signIn.title")}>
          <TextField
            label={t("signIn.email")}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={errors.email}
            required
            autoFocus
          />
          <TextField
            label={t("signIn.password")}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
            required
          />
          <button type="submit" className="primary" disabled={loading || secondsLeft > 0}>
            {loading ? t("signIn.signingIn") : t("signIn.submit")}
          </button>
        </form>
        {next !== "/" && <p className="field-hint">{t("signIn.afterwards")}</p>}
      </main>
    </div>
  );
}

function formatWait(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m}:${String(s).padStart(2, "0")}` : `${s}s`;
}
