import { defineRecord } from "../../components/useRecordEditor";
import {
  AdminEventEditDocument,
  CreateShowcaseEventDocument,
  DeleteShowcaseEventDocument,
  type EventEditFieldsFragment,
  type ShowcaseEventInput,
  type ShowcaseEventKind,
  UpdateShowcaseEventDocument,
} from "@ocop/schema/admin";
import { showcaseEventInputSchema } from "@ocop/schema/inputs";
import { formSchema, nullable, recordMapper, str } from "../../components/useVersionedForm";

export type EventValues = {
  nameVi: string;
  nameEn: string;
  nameZh: string;
  descriptionVi: string;
  descriptionEn: string;
  descriptionZh: string;
  kind: string;
  venueName: string;
  venueNameEn: string;
  venueNameZh: string;
  venueAddress: string;
  communeCode: string;
  startsOn: string;
  endsOn: string;
  organizer: string;
  organizerEn: string;
  organizerZh: string;
  published: boolean;
};

export const EVENT_FIELDS = [
  "nameVi",
  "nameEn",
  "nameZh",
  "descriptionVi",
  "descriptionEn",
  "descriptionZh",
  "kind",
  "venueName",
  "venueNameEn",
  "venueNameZh",
  "venueAddress",
  "communeCode",
  "startsOn",
  "endsOn",
  "organizer",
  "organizerEn",
  "organizerZh",
  "published",
] as const satisfies readonly (keyof EventValues)[];

export const EVENT_KINDS: readonly ShowcaseEventKind[] = ["CONFERENCE", "FAIR", "SHOWROOM"];

export const EMPTY_EVENT: EventValues = {
  nameVi: "",
  nameEn: "",
  nameZh: "",
  descriptionVi: "",
  descriptionEn: "",
  descriptionZh: "",
  kind: "CONFERENCE",
  venueName: "",
  venueNameEn: "",
  venueNameZh: "",
  venueAddress: "",
  communeCode: "",
  startsOn: "",
  endsOn: "",
  organizer: "",
  organizerEn: "",
  organizerZh: "",
  published: false,
};

export function eventValues(e: EventEditFieldsFragment): EventValues {
  return {
    nameVi: e.nameVi,
    nameEn: str(e.nameEn),
    nameZh: str(e.nameZh),
    descriptionVi: str(e.descriptionVi),
    descriptionEn: str(e.descriptionEn),
    descriptionZh: str(e.descriptionZh),
    kind: e.kind,
    venueName: str(e.venueName),
    venueNameEn: str(e.venueNameEn),
    venueNameZh: str(e.venueNameZh),
    venueAddress: str(e.venueAddress),
    communeCode: e.commune?.code ?? "",
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    organizer: str(e.organizer),
    organizerEn: str(e.organizerEn),
    organizerZh: str(e.organizerZh),
    published: e.published,
  };
}

export function eventInput(v: EventValues): ShowcaseEventInput {
  return {
    nameVi: v.nameVi.trim(),
    nameEn: nullable(v.nameEn),
    nameZh: nullable(v.nameZh),
    descriptionVi: nullable(v.descriptionVi),
    descriptionEn: nullable(v.descriptionEn),
    descriptionZh: nullable(v.descriptionZh),
    kind: v.kind as ShowcaseEventKind,
    venueName: nullable(v.venueName),
    venueNameEn: nullable(v.venueNameEn),
    venueNameZh: nullable(v.venueNameZh),
    venueAddress: nullable(v.venueAddress),
    communeCode: nullable(v.communeCode),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    organizer: nullable(v.organizer),
    organizerEn: nullable(v.organizerEn),
    organizerZh: nullable(v.organizerZh),
    published: v.published,
  };
}

export const eventFromRecord = recordMapper<EventValues>({
  nameVi: [],
  nameEn: [],
  nameZh: [],
  descriptionVi: [],
  descriptionEn: [],
  descriptionZh: [],
  kind: [],
  venueName: [],
  venueNameEn: [],
  venueNameZh: [],
  venueAddress: [],
  communeCode: ["communeCode", "commune.code"],
  startsOn: [],
  endsOn: [],
  organizer: [],
  organizerEn: [],
  organizerZh: [],
  published: [],
});

/** What the form may send: the API's event rule, over the input the form makes. */
export const eventFormSchema = formSchema(eventInput, showcaseEventInputSchema);

/** A showcase event's documents, list route and form mappers, for its edit page's record editor. */
export const eventRecord = defineRecord({
  documents: {
    load: AdminEventEditDocument,
    create: CreateShowcaseEventDocument,
    update: UpdateShowcaseEventDocument,
    remove: DeleteShowcaseEventDocument,
  },
  listPath: "/events",
  empty: EMPTY_EVENT,
  fields: EVENT_FIELDS,
  schema: eventFormSchema,
  fromRecord: eventFromRecord,
  values: eventValues,
  input: eventInput,
});
