import { ChangeOwnPasswordDocument, SetStaffPasswordDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN, renderPage } from "../../test/render";
import { PasswordForm } from "./StaffPage";

afterEach(cleanup);

// A required field's label ends with its marker.
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

describe("password form", () => {
  it("asks for the current password when it is one's own, and changes it with changeOwnPassword", async () => {
    renderPage(<PasswordForm userId={ADMIN.user.id} name={ADMIN.user.displayName} />, {
      session: ADMIN,
      mocks: [
        {
          request: {
            query: ChangeOwnPasswordDocument,
            variables: { currentPassword: "sai-mat-khau", newPassword: "mat-khau-moi-dai" },
          },
          result: {
            errors: [
              new GraphQLError("Invalid input", {
                extensions: {
                  code: "BAD_USER_INPUT",
                  fields: [{ field: "currentPassword", message: "is not your current password" }],
                },
              }),
            ],
          },
        },
        {
          request: {
            query: ChangeOwnPasswordDocument,
            variables: { currentPassword: "mat-khau-cu-dai", newPassword: "mat-khau-moi-dai" },
          },
          result: { data: { changeOwnPassword: true } },
        },
      ],
    });
    type("Mật khẩu mới", "mat-khau-moi-dai");
    type("Nhập lại mật khẩu mới", "mat-khau-moi-dai");
    fireEvent.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByText("Trường này là bắt buộc.")).toBeTruthy();

    type("Mật khẩu hiện tại", "sai-mat-khau");
    fireEvent.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByText(/is not your current password/)).toBeTruthy();

    type("Mật khẩu hiện tại", "mat-khau-cu-dai");
    fireEvent.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByText("Đã đổi mật khẩu của bạn; các phiên đăng nhập khác đã kết thúc.")).toBeTruthy();
  });

  it("sets another user's password without asking for one's own", async () => {
    renderPage(<PasswordForm userId="u-other" name="Cán bộ khác" />, {
      session: ADMIN,
      mocks: [
        {
          request: { query: SetStaffPasswordDocument, variables: { id: "u-other", password: "mat-khau-moi-dai" } },
          result: { data: { setStaffPassword: true } },
        },
      ],
    });
    expect(screen.queryByLabelText(/^Mật khẩu hiện tại/)).toBeNull();
    type("Mật khẩu mới", "mat-khau-moi-dai");
    type("Nhập lại mật khẩu mới", "mat-khau-moi-dai");
    fireEvent.click(screen.getByRole("button", { name: "Đặt mật khẩu mới" }));
    expect(await screen.findByText("Đã đặt mật khẩu mới cho Cán bộ khác.")).toBeTruthy();
  });
});
