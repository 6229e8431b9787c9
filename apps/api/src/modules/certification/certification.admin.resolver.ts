import { Allow } from "../../graphql/allow";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { toId } from "../../lib/versioned";
import { addCertification, revokeCertification } from "./certification.admin.service";
import { AdminCertificationObject, CertificationInput } from "./certification.admin.types";

@Resolver(() => AdminCertificationObject)
export class CertificationAdminResolver {
  @Allow("catalog.write")
  @Mutation(() => AdminCertificationObject, { description: "Validity (36 months) is computed from the decision date" })
  addCertification(@Ctx() ctx: AdminContext, @Arg("input") input: CertificationInput) {
    return addCertification(ctx, input);
  }

  @Allow("catalog.write")
  @Mutation(() => AdminCertificationObject)
  revokeCertification(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("revokedOn", () => LocalDateResolver) revokedOn: string,
    @Arg("reason") reason: string,
  ) {
    return revokeCertification(ctx, toId(id), version, revokedOn, reason);
  }
}
