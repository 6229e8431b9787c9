import { useApolloClient, useMutation } from "@apollo/client/react";
import { SessionDocument, SignInDocument } from "@ocop/schema/admin";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { z } from "zod";
import { TextField } from "../../components/fields";
import { useProblemMessage } from "../../components/FormProblem";
import { LanguageSwitch } from "../../components/Layout";
import { useI18n } from "../../i18n/i18n";
import { codedErrorMap, useFieldErrorText } from "../../i18n/fieldErrors";
import { type ApiProblem, fieldNameOf, problemOf } from "../../lib/errors";

/** Both are needed; the server alone judges whether they match an account. */
const signInSchema = z.object({ email: z.string().trim().min(1), password: z.string().min(1) });
type SignInValues = z.input<typeof signInSchema>;

/** Sign-in. The session cookie is HttpOnly: success is known from the Session it returns. */
export function SignInPage({ next }: { next: string }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const message = useProblemMessage();
  const fieldText = useFieldErrorText();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const resolver = useMemo(() => zodResolver(signInSchema, { error: codedErrorMap(t) }), [t]);
  const { control, handleSubmit, setError } = useForm<SignInValues, unknown, z.output<typeof signInSchema>>({
    defaultValues: { email: "", password: "" },
    resolver,
  });
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

  const onSubmit = async ({ email, password }: z.output<typeof signInSchema>) => {
    setProblem(null);
    try {
      const result = await signIn({ variables: { email, password } });
      if (result.data) {
        // The shell watches this query: it now renders the app and follows `next`.
        client.cache.writeQuery({ query: SessionDocument, data: { session: result.data.signIn } });
      }
    } catch (error) {
      const p = problemOf(error);
      if (p.code === "BAD_USER_INPUT" && p.fields.length) {
        for (const f of p.fields)
          if (fieldNameOf(f) === "email" || fieldNameOf(f) === "password")
            setError(fieldNameOf(f) as keyof SignInValues, { type: f.code ?? "server", message: fieldText(f) });
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
        <form
          onSubmit={(e) => {
            setProblem(null);
            void handleSubmit(onSubmit)(e);
          }}
          noValidate
          aria-label={t("signIn.title")}
        >
          <Controller
            control={control}
            name="email"
            render={({ field, fieldState }) => (
              <TextField
                label={t("signIn.email")}
                name={field.name}
                ref={field.ref}
                type="email"
                autoComplete="username"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                required
                autoFocus
              />
            )}
          />
          <Controller
            control={control}
            name="password"
            render={({ field, fieldState }) => (
              <TextField
                label={t("signIn.password")}
                name={field.name}
                ref={field.ref}
                type="password"
                autoComplete="current-password"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                required
              />
            )}
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
