import { Field, Float, ObjectType } from "type-graphql";

@ObjectType("GeoPoint")
export class GeoPointObject {
  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  lng: number;
}

export function geoPoint(latitude: number | null, longitude: number | null): GeoPointObject | null {
  return latitude === null || longitude === null ? null : { lat: latitude, lng: longitude };
}
