import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/i18n";
import { DateField } from "./fields";

afterEach(cleanup);

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nProvider initialLang="vi">
      <DateField label="Ngày quyết định" name="decisionDate" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue("2024-01-02")}>
        reset
      </button>
    </I18nProvider>
  );
}

describe("date field", () => {
  it("shows the stored date as dd/mm/yyyy and stores what is typed that way as an ISO date", () => {
    render(<Harness initial="2025-06-15" />);
    const input = screen.getByRole("textbox", { name: /Ngày quyết định/ }) as HTMLInputElement;
    expect(input.value).toBe("15/06/2025");
    fireEvent.change(input, { target: { value: "5/6/2026" } });
    expect(screen.getByTestId("value").textContent).toBe("2026-06-05");
    // What was typed stays as typed while the value follows it.
    expect(input.value).toBe("5/6/2026");
  });

  it("keeps text that is no date, so the form's check names the field", () => {
    render(<Harness initial="" />);
    const input = screen.getByRole("textbox", { name: /Ngày quyết định/ }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: "31/04/2026" } });
    expect(screen.getByTestId("value").textContent).toBe("31/04/2026");
    fireEvent.change(input, { target: { value: "" } });
    expect(screen.getByTestId("value").textContent).toBe("");
  });

  it("follows a value changed from outside", () => {
    render(<Harness initial="2025-06-15" />);
    fireEvent.click(screen.getByRole("button", { name: "reset" }));
    expect((screen.getByRole("textbox", { name: /Ngày quyết định/ }) as HTMLInputElement).value).toBe("02/01/2024");
  });
});
