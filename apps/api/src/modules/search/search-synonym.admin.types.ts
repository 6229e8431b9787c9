import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../graphql/connection";

@ObjectType("SearchSynonym", { description: "Words that mean the same to a searcher (stored without diacritics)" })
export class SearchSynonymObject {
  @Field(() => ID) id: number;
  @Field() label: string;
  @Field(() => [String]) terms: string[];
  @Field(() => Int) version: number;
}

export const SearchSynonymConnection = ConnectionType(SearchSynonymObject, "SearchSynonym");
