import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";
import { ShowcaseEventKind } from "./showcase.entity";

registerEnumType(ShowcaseEventKind, {
  name: "ShowcaseEventKind",
  description: "A fair, a conference or a permanent showroom",
});

export enum ShowcaseEventSort {
  START_DATE_ASC = "START_DATE_ASC",
  START_DATE_DESC = "START_DATE_DESC",
  UPCOMING_FIRST = "UPCOMING_FIRST",
}
registerEnumType(ShowcaseEventSort, {
  name: "ShowcaseEventSort",
  description: "UPCOMING_FIRST: current and coming events soonest first, then past events newest first",
});

@ObjectType("ShowcaseEvent", { description: "A fair, conference or showroom where OCOP products are on show" })
export class ShowcaseEventObject {
  @Field(() => ID)
  id: number;

  @Field()
  slug: string;

  @Field(() => ShowcaseEventKind)
  kind: ShowcaseEventKind;

  @Field(() => String, { nullable: true })
  venueAddress: string | null;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field()
  isDemo: boolean;
}

export const ShowcaseEventConnection = ConnectionType(ShowcaseEventObject, "ShowcaseEvent");

@ObjectType("ShowcaseTable", { description: "A numbered display table, given to one commune/ward" })
export class ShowcaseTableObject {
  @Field(() => Int)
  number: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: "The table layout was made up for the demo" })
  isDemo: boolean;
}

@ObjectType("ShowcasePlacement", { description: "Where a product stands: an event and its table" })
export class ShowcasePlacementObject {
  @Field(() => Int)
  tableNumber: number;
}

@InputType()
export class ShowcaseEventFilter {
  @Field({ nullable: true, description: "Only events that end today or later" })
  upcoming?: boolean;

  @Field(() => ShowcaseEventKind, { nullable: true })
  kind?: ShowcaseEventKind;
}
