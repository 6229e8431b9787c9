import { SignInDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { renderPage } from "../../test/render";
import { SignInPage } from "./SignInPage";

afterEach(cleanup);

const describedText = (el: HTMLElement) =>
  document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[0]!)?.textContent;

describe("sign-in form", () => {
  it("says both fields are required without asking the server, and focuses the first", async () => {
    // No mock: a request would fail the test with a network error.
    renderPage(<SignInPage next="/" />, { path: "/sign-in", session: null });
    fireEvent.click(screen.getByRole("button", { name: "Đăng nhập" }));
    const email = screen.getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(email)).toBe("Trường này là bắt buộc.");
    await waitFor(() => expect(document.activeElement).toBe(email));
  });

  it("shows a coded field error from the server on its field, in Vietnamese", async () => {
    renderPage(<SignInPage next="/" />, {
      path: "/sign-in",
      session: null,
      mocks: [
        {
          request: { query: SignInDocument, variables: { email: "a@b", password: "mat-khau-dai" } },
          result: {
            errors: [
              new GraphQLError("Invalid input", {
                extensions: {
                  code: "BAD_USER_INPUT",
                  fields: [{ field: "email", message: "is not an email address", code: "notEmail", params: {} }],
                },
              }),
            ],
          },
        },
      ],
    });
    const email = screen.getByRole("textbox", { name: "Email" });
    fireEvent.change(email, { target: { value: " a@b " } });
    fireEvent.change(screen.getByLabelText(/Mật khẩu/), { target: { value: "mat-khau-dai" } });
    fireEvent.click(screen.getByRole("button", { name: "Đăng nhập" }));
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(email)).toBe("Địa chỉ email không hợp lệ.");
  });
});
