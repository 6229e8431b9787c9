import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  getVariableValues,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { fieldError, type FieldProblem } from "./errors";

/** Database ids are PostgreSQL `integer`s, written in decimal. */
const MAX_ID = 2_147_483_647;
const DECIMAL_ID = /^[1-9][0-9]{0,9}$/;

export function isDatabaseId(value: string): boolean {
  return DECIMAL_ID.test(value) && Number(value) <= MAX_ID;
}

/**
 * Finds argument values no database statement may receive: an ID that is not a decimal int4
 * ("0x10" would read as 16, "999999999999" overflows) and text holding a NUL character (which
 * PostgreSQL refuses). Walks the value along its input type, so every input object is covered.
 */
function problemsIn(value: unknown, type: GraphQLInputType, field: string, out: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value) problemsIn(item, nullable.ofType, field, out);
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      const def = fields[name];
      if (def) problemsIn(inner, def.type, name, out);
    }
    return;
  }
  if (!isScalarType(nullable) || typeof value !== "string") return;
  if (nullable.name === "ID" && !isDatabaseId(value)) out.push(fieldError(field, "notId"));
  // A NUL character is in no name, search or address anyone types: PostgreSQL refuses it in text.
  else if (value.includes("\u0000")) out.push(fieldError(field, "invalid"));
}

/** What problemsIn finds in one input value that reaches a service without GraphQL (an export's URL). */
export function inputProblems(value: unknown, type: GraphQLInputType, field: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  problemsIn(value, type, field, out);
  return out;
}

/**
 * Refuses, as BAD_USER_INPUT (HTTP 400), an operation whose arguments hold values that would
 * otherwise fail deep inside a resolver or the database as an internal error.
 */
export function inputGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Wrong or missing variables: the executor reports them as BAD_USER_INPUT itself.
          if (coerced.errors) return;
          const problems: FieldProblem[] = [];
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Argument(node) {
                const def = typeInfo.getArgument();
                if (!def) return;
                const value =
                  node.value.kind === Kind.VARIABLE
                    ? coerced.coerced[node.value.name.value]
                    : valueFromAST(node.value, def.type, coerced.coerced);
                problemsIn(value, def.type, node.name.value, problems);
              },
            }),
          );
          if (problems.length > 0) {
            const summary = problems.map((p) => `${p.field}: ${p.message}`).join("; ");
            throw new GraphQLError(`Invalid input: ${summary}`, {
              extensions: { code: "BAD_USER_INPUT", fields: problems, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
