import DataLoader from "dataloader";
import type { DataSource } from "typeorm";

/** An audited record's key in the loader: its type and id as the audit log stores them. */
export const auditedRecordKey = (type: string, id: string) => `${type}:${id}`;

// The name staff know each kind of record by, as it is now (a renamed product shows its new name).
// A certificate or an image is named after its product; a table after its number and event.
const NAME_OF_TYPE: Record<string, string> = {
  Product: `SELECT name_vi FROM product WHERE id = r.id`,
  Producer: `SELECT name FROM producer WHERE id = r.id`,
  Certification: `SELECT concat_ws(' · ', p.name_vi, c.decision_number)
                    FROM certification c JOIN product p ON p.id = c.product_id WHERE c.id = r.id`,
  ProductImage: `SELECT p.name_vi FROM product_image i JOIN product p ON p.id = i.product_id WHERE i.id = r.id`,
  ShowcaseEvent: `SELECT name_vi FROM showcase_event WHERE id = r.id`,
  ShowcaseTable: `SELECT concat('#', t.number, ' · ', e.name_vi)
                    FROM showcase_table t JOIN showcase_event e ON e.id = t.event_id WHERE t.id = r.id`,
  Distributor: `SELECT name_vi FROM distributor WHERE id = r.id`,
  DistributorLink: `SELECT concat_ws(' · ', d.name_vi, p.name_vi)
                      FROM distributor_link l JOIN distributor d ON d.id = l.distributor_id
                      JOIN product p ON p.id = l.product_id WHERE l.id = r.id`,
  ConnectionRequest: `SELECT name FROM connection_request WHERE id = r.id`,
  SearchSynonym: `SELECT label FROM search_synonym WHERE id = r.id`,
  StaffUser: `SELECT display_name FROM staff_user WHERE id = r.id`,
};

const NAME_SQL = `
  SELECT r.type, r.id::text AS id,
         CASE r.type ${Object.entries(NAME_OF_TYPE)
           .map(([type, sql]) => `WHEN '${type}' THEN (${sql})`)
           .join("\n         ")} END AS name
    FROM unnest($1::text[], $2::int[]) AS r(type, id)`;

/**
 * Per request: the current name of audited records, one statement for a page of entries. Records
 * deleted since are not found here; the entry's own snapshot names them (auditEntryName).
 */
export function createAuditLoaders(ds: DataSource) {
  return {
    auditedRecordName: new DataLoader<string, string | null>(async (keys) => {
      const parsed = keys.map((key) => {
        const at = key.lastIndexOf(":");
        return { type: key.slice(0, at), id: key.slice(at + 1) };
      });
      // Ids are numbers; anything else cannot name a row.
      const numeric = parsed.filter((k) => /^\d{1,9}$/.test(k.id) && k.type in NAME_OF_TYPE);
      const rows: Array<{ type: string; id: string; name: string | null }> = numeric.length
        ? await ds.query(NAME_SQL, [numeric.map((k) => k.type), numeric.map((k) => Number(k.id))])
        : [];
      const byKey = new Map(rows.map((r) => [auditedRecordKey(r.type, r.id), r.name]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  };
}
