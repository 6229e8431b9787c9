import "reflect-metadata";
import { PUBLIC_ACCESS } from "@ocop/schema/permissions";
import { Query, Resolver, buildSchema } from "type-graphql";
import { describe, expect, it } from "vitest";
import { Allow, accessOf, authChecker, operationsOf, undeclaredOperations } from "./allow";

@Resolver()
class DeclaredResolver {
  @Allow("catalog.read")
  @Query(() => Boolean)
  declared(): boolean {
    return true;
  }

  @Allow(PUBLIC_ACCESS)
  @Query(() => Boolean)
  open(): boolean {
    return true;
  }
}

@Resolver()
class ForgetfulResolver {
  @Query(() => Boolean)
  forgotten(): boolean {
    return true;
  }
}

describe("undeclaredOperations", () => {
  it("names an operation without @Allow, which the generated access test then fails on", async () => {
    const schema = await buildSchema({ resolvers: [DeclaredResolver, ForgetfulResolver], authChecker });
    expect(undeclaredOperations(schema)).toEqual(["forgotten"]);
    const declared = operationsOf(schema).map((op) => [op.name, accessOf(op.field)]);
    expect(declared).toEqual([
      ["declared", "catalog.read"],
      ["open", PUBLIC_ACCESS],
      ["forgotten", undefined],
    ]);
  });
});
