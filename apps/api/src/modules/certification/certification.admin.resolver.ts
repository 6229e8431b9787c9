import { Allow } from "../../graphql/allow";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { AdminContext } from "../../graphql/admin-context";
import { toId } from "../../lib/versioned";
import {
  addCertification,
  addCertificationDecision,
  correctCertification,
  revokeCertification,
  voidCertification,
} from "./certification.admin.service";
import {
  AdminCertificationObject,
  CertificationDecisionInput,
  CertificationInput,
  CorrectCertificationInput,
} from "./certification.admin.types";

@Resolver(() => AdminCertificationObject)
export class CertificationAdminResolver {
  @Allow("catalog.write")
  @Mutation(() => AdminCertificationObject, { description: "Validity (36 months) is computed from the decision date" })
  addCertification(@Ctx() ctx: AdminContext, @Arg("input") input: CertificationInput) {
    return addCertification(ctx, input);
  }

  @Allow("catalog.write")
  @Mutation(() => [AdminCertificationObject], {
    description: "One decision for every product it lists: all of them in one transaction, or none",
  })
  addCertificationDecision(@Ctx() ctx: AdminContext, @Arg("input") input: CertificationDecisionInput) {
    return addCertificationDecision(ctx, input);
  }

  @Allow("catalog.write")
  @Mutation(() => AdminCertificationObject, { description: "Corrects a mistyped certificate" })
  correctCertification(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input") input: CorrectCertificationInput,
  ) {
    return correctCertification(ctx, toId(id), version, input);
  }

  @Allow("catalog.write")
  @Mutation(() => AdminCertificationObject, {
    description: "Voids a certificate entered in error: the one it superseded is current again",
  })
  voidCertification(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("reason") reason: string,
  ) {
    return voidCertification(ctx, toId(id), version, reason);
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
