import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The whole OCOP domain (shared/DESIGN.md), with its rules held by the database as well as by the
 * services: foreign keys, star and score ranges, score bands per star level, unique slugs, one
 * table number per event, one table per product per event, validity computed from the decision date.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = "InitialSchema1764000000000";

  async up(q: QueryRunner): Promise<void> {
    // Both extensions are "trusted": a database owner may create them without superuser rights.
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE (it reads a dictionary that could change), so it cannot appear in an
    // index or a generated column. This wrapper names the dictionary and is declared IMMUTABLE; the
    // rules file ships with PostgreSQL and does not change under a running database.
    await q.query(`
      CREATE FUNCTION f_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    // "Mật ong (Văn Lãng)" → "mat ong van lang": what a Vietnamese user types on a phone keyboard,
    // with punctuation turned into spaces so that every word can be matched from its start.
    await q.query(`
      CREATE FUNCTION ocop_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT btrim(regexp_replace(lower(public.f_unaccent($1)), '[[:punct:][:space:]–—“”‘’（），、。：]+', ' ', 'g')) $$`);

    // Places
    await q.query(`CREATE TABLE province (
      code varchar(2) PRIMARY KEY,
      name text NOT NULL,
      full_name text NOT NULL)`);
    await q.query(`CREATE TYPE administrative_unit_type AS ENUM ('xa', 'phuong', 'dac_khu')`);
    await q.query(`CREATE TABLE administrative_unit (
      code varchar(5) PRIMARY KEY,
      name text NOT NULL,
      full_name text NOT NULL,
      type administrative_unit_type NOT NULL,
      province_code varchar(2) NOT NULL REFERENCES province (code) ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX administrative_unit_province_idx ON administrative_unit (province_code)`);

    // Categories: the six groups and their product sets
    await q.query(`CREATE TABLE category (
      code varchar(16) PRIMARY KEY,
      parent_code varchar(16) REFERENCES category (code) ON DELETE RESTRICT,
      name_vi text NOT NULL,
      name_en text,
      name_zh text,
      family_vi text,
      position smallint NOT NULL DEFAULT 0)`);
    await q.query(`CREATE INDEX category_parent_idx ON category (parent_code)`);

    // Producers
    await q.query(
      `CREATE TYPE producer_type AS ENUM ('enterprise', 'cooperative', 'cooperative_group', 'household', 'public_body')`,
    );
    await q.query(`CREATE TABLE producer (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      slug text NOT NULL CONSTRAINT producer_slug_unique UNIQUE,
      name text NOT NULL CONSTRAINT producer_name_not_blank CHECK (btrim(name) <> ''),
      type producer_type NOT NULL,
      description_vi text,
      description_en text,
      description_zh text,
      commune_code varchar(5) REFERENCES administrative_unit (code) ON DELETE RESTRICT,
      province_code varchar(2) NOT NULL REFERENCES province (code) ON DELETE RESTRICT,
      address_as_reported text,
      address text,
      website text,
      email text,
      phone text,
      contact_published boolean NOT NULL DEFAULT false,
      latitude double precision CONSTRAINT producer_latitude_range CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CONSTRAINT producer_longitude_range CHECK (longitude BETWEEN -180 AND 180),
      is_demo boolean NOT NULL DEFAULT false,
      commune_inferred boolean NOT NULL DEFAULT false,
      type_inferred boolean NOT NULL DEFAULT false,
      sources jsonb NOT NULL DEFAULT '[]'::jsonb)`);
    await q.query(`CREATE INDEX producer_commune_idx ON producer (commune_code)`);
    await q.query(`CREATE INDEX producer_province_idx ON producer (province_code)`);
    await q.query(`CREATE INDEX producer_name_trgm_idx ON producer USING gin (ocop_fold(name) gin_trgm_ops)`);

    // Products
    await q.query(`CREATE TYPE product_status AS ENUM ('draft', 'published', 'archived')`);
    await q.query(`CREATE TABLE product (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      slug text NOT NULL CONSTRAINT product_slug_unique UNIQUE,
      external_ref text CONSTRAINT product_external_ref_unique UNIQUE,
      name_vi text NOT NULL CONSTRAINT product_name_vi_not_blank CHECK (btrim(name_vi) <> ''),
      name_en text,
      name_zh text,
      description_vi text,
      description_en text,
      description_zh text,
      category_code varchar(16) NOT NULL REFERENCES category (code) ON DELETE RESTRICT,
      producer_id integer NOT NULL REFERENCES producer (id) ON DELETE RESTRICT,
      packaging text,
      unit text,
      price_min integer CONSTRAINT product_price_min_positive CHECK (price_min >= 0),
      price_max integer,
      seasons text,
      opening_hours text,
      latitude double precision CONSTRAINT product_latitude_range CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CONSTRAINT product_longitude_range CHECK (longitude BETWEEN -180 AND 180),
      traceability_url text,
      status product_status NOT NULL DEFAULT 'draft',
      featured boolean NOT NULL DEFAULT false,
      is_demo boolean NOT NULL DEFAULT false,
      verification text,
      internal_note text,
      sources jsonb NOT NULL DEFAULT '[]'::jsonb,
      published_at timestamptz,
      search_name text NOT NULL DEFAULT '',
      search_text text NOT NULL DEFAULT '',
      search_vector tsvector NOT NULL DEFAULT ''::tsvector,
      -- The newest certificate, copied here by a trigger: lists filter and sort by current stars
      -- without a join per row (whether it is still valid depends on the day, so that is computed).
      newest_stars smallint,
      newest_valid_until date,
      newest_decision_date date,
      newest_revoked boolean,
      CONSTRAINT product_price_range CHECK (price_max IS NULL OR price_min IS NULL OR price_max >= price_min))
      -- Room on each page for the trigger-made updates (newest certificate, search fields) to stay in place.
      WITH (fillfactor = 85)`);
    await q.query(`CREATE INDEX product_category_idx ON product (category_code)`);
    await q.query(`CREATE INDEX product_producer_idx ON product (producer_id)`);
    await q.query(`CREATE INDEX product_published_idx ON product (status, featured)`);
    // Words (from their start, any order) through the text-search index; typos through trigrams of
    // the names, which are short enough for fuzzy matching to stay cheap.
    await q.query(`CREATE INDEX product_search_vector_idx ON product USING gin (search_vector)`);
    await q.query(`CREATE INDEX product_search_name_trgm_idx ON product USING gin (search_name gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX product_newest_decision_idx ON product (newest_decision_date DESC NULLS LAST, id DESC)`,
    );

    // A tourism product (group DV) is a place: it has no price.
    await q.query(`
      CREATE FUNCTION product_check_tourism_price() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.price_min IS NOT NULL OR NEW.price_max IS NOT NULL) AND EXISTS (
          SELECT 1 FROM category c WHERE c.code = NEW.category_code AND coalesce(c.parent_code, c.code) = 'DV'
        ) THEN
          RAISE EXCEPTION 'a tourism product has no price' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'product_tourism_no_price';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER product_check_tourism_price BEFORE INSERT OR UPDATE OF price_min, price_max, category_code
      ON product FOR EACH ROW EXECUTE FUNCTION product_check_tourism_price()`);

    // Search fields: folded names in every language, plus the producer's name and place. Category
    // names stay out: "mật ong" must not match every product of "chế biến từ thịt, mật ong".
    await q.query(`
      CREATE FUNCTION product_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE context text;
      BEGIN
        -- A leading space lets "LIKE '% word%'" match a word at the very start too.
        NEW.search_name := ' ' || ocop_fold(concat_ws(' ', NEW.name_vi, NEW.name_en, NEW.name_zh));
        SELECT concat_ws(' ', pr.name, au.name, pv.name)
          INTO context
          FROM producer pr
          JOIN province pv ON pv.code = pr.province_code
          LEFT JOIN administrative_unit au ON au.code = pr.commune_code
         WHERE pr.id = NEW.producer_id;
        NEW.search_text := concat_ws(' ', NEW.search_name, ocop_fold(context));
        NEW.search_vector := to_tsvector('simple', NEW.search_text);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER product_search_fields
      BEFORE INSERT OR UPDATE OF name_vi, name_en, name_zh, category_code, producer_id
      ON product FOR EACH ROW EXECUTE FUNCTION product_search_fields()`);
    // A renamed or moved producer changes what its products are found by.
    await q.query(`
      CREATE FUNCTION producer_refresh_product_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product SET producer_id = producer_id WHERE producer_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER producer_refresh_product_search
      AFTER UPDATE OF name, commune_code, province_code ON producer FOR EACH ROW
      WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.commune_code IS DISTINCT FROM NEW.commune_code
            OR OLD.province_code IS DISTINCT FROM NEW.province_code)
      EXECUTE FUNCTION producer_refresh_product_search()`);

    // Certificates
    await q.query(`CREATE TYPE certification_level AS ENUM ('district', 'province', 'central')`);
    await q.query(`CREATE TYPE date_precision AS ENUM ('day', 'month', 'year')`);
    await q.query(`CREATE TABLE certification (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      product_id integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
      stars smallint NOT NULL CONSTRAINT certification_stars_range CHECK (stars BETWEEN 3 AND 5),
      score smallint CONSTRAINT certification_score_range CHECK (score BETWEEN 0 AND 100),
      level certification_level NOT NULL,
      legal_basis text,
      issuer text,
      decision_number text,
      decision_date date NOT NULL,
      decision_date_precision date_precision NOT NULL DEFAULT 'day',
      valid_until date GENERATED ALWAYS AS ((decision_date + interval '36 months')::date) STORED NOT NULL,
      revoked_on date,
      revocation_reason text,
      is_demo boolean NOT NULL DEFAULT false,
      CONSTRAINT certification_score_band CHECK (
        score IS NULL
        OR (stars = 3 AND score >= 50 AND score < 70)
        OR (stars = 4 AND score >= 70 AND score < 90)
        OR (stars = 5 AND score >= 90)),
      CONSTRAINT certification_revocation_reason CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL)),
      CONSTRAINT certification_revoked_after_decision CHECK (revoked_on IS NULL OR revoked_on >= decision_date))`);
    // The newest certificate of a product decides its current stars and status.
    await q.query(`CREATE INDEX certification_newest_idx ON certification (product_id, decision_date DESC, id DESC)`);
    await q.query(`
      CREATE FUNCTION product_refresh_newest_certificate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product p
           SET (newest_stars, newest_valid_until, newest_decision_date, newest_revoked) = (
             SELECT c.stars, c.valid_until, c.decision_date, c.revoked_on IS NOT NULL
               FROM certification c WHERE c.product_id = p.id
              ORDER BY c.decision_date DESC, c.id DESC LIMIT 1)
         WHERE p.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.product_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.product_id END);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER certification_refresh_product AFTER INSERT OR UPDATE OR DELETE ON certification
      FOR EACH ROW EXECUTE FUNCTION product_refresh_newest_certificate()`);
    await q.query(`CREATE INDEX certification_valid_until_idx ON certification (valid_until) WHERE revoked_on IS NULL`);

    // Images
    await q.query(`CREATE TABLE product_image (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      product_id integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
      alt_vi text NOT NULL,
      alt_en text,
      alt_zh text,
      width integer NOT NULL CONSTRAINT product_image_width_positive CHECK (width > 0),
      height integer NOT NULL CONSTRAINT product_image_height_positive CHECK (height > 0),
      variants jsonb NOT NULL,
      position smallint NOT NULL DEFAULT 0)`);
    await q.query(`CREATE INDEX product_image_order_idx ON product_image (product_id, position)`);

    // Showcase events, their numbered tables, and the products placed on them
    await q.query(`CREATE TYPE showcase_event_kind AS ENUM ('fair', 'conference', 'showroom')`);
    await q.query(`CREATE TABLE showcase_event (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      slug text NOT NULL CONSTRAINT showcase_event_slug_unique UNIQUE,
      name_vi text NOT NULL,
      name_en text,
      name_zh text,
      description_vi text,
      description_en text,
      description_zh text,
      kind showcase_event_kind NOT NULL,
      venue_name text,
      venue_address text,
      commune_code varchar(5) REFERENCES administrative_unit (code) ON DELETE RESTRICT,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      organizer text,
      published boolean NOT NULL DEFAULT true,
      is_demo boolean NOT NULL DEFAULT false,
      CONSTRAINT showcase_event_dates CHECK (ends_on >= starts_on))`);
    await q.query(`CREATE INDEX showcase_event_dates_idx ON showcase_event (starts_on, ends_on)`);
    await q.query(`CREATE TABLE showcase_table (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      event_id integer NOT NULL REFERENCES showcase_event (id) ON DELETE CASCADE,
      number integer NOT NULL CONSTRAINT showcase_table_number_positive CHECK (number > 0),
      label text,
      commune_code varchar(5) REFERENCES administrative_unit (code) ON DELETE RESTRICT,
      note text,
      is_demo boolean NOT NULL DEFAULT false,
      CONSTRAINT showcase_table_number_unique UNIQUE (event_id, number),
      CONSTRAINT showcase_table_id_event_unique UNIQUE (id, event_id))`);
    await q.query(`CREATE TABLE showcase_placement (
      table_id integer NOT NULL,
      product_id integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
      event_id integer NOT NULL REFERENCES showcase_event (id) ON DELETE CASCADE,
      position smallint NOT NULL DEFAULT 0,
      PRIMARY KEY (table_id, product_id),
      -- the placement's event is its table's event, so "one table per product per event" holds
      CONSTRAINT showcase_placement_table_event_fk FOREIGN KEY (table_id, event_id)
        REFERENCES showcase_table (id, event_id) ON DELETE CASCADE,
      CONSTRAINT showcase_placement_event_product_unique UNIQUE (event_id, product_id))`);
    await q.query(`CREATE INDEX showcase_placement_product_idx ON showcase_placement (product_id)`);

    // Distribution channels
    await q.query(
      `CREATE TYPE distributor_kind AS ENUM ('distributor', 'retail_chain', 'ecommerce', 'ocop_showroom', 'export')`,
    );
    await q.query(`CREATE TABLE distributor (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      slug text NOT NULL CONSTRAINT distributor_slug_unique UNIQUE,
      name_vi text NOT NULL,
      name_en text,
      name_zh text,
      kind distributor_kind NOT NULL,
      description_vi text,
      description_en text,
      description_zh text,
      website text,
      verified boolean NOT NULL DEFAULT false,
      is_demo boolean NOT NULL DEFAULT false)`);
    await q.query(`CREATE INDEX distributor_kind_idx ON distributor (kind)`);
    await q.query(`CREATE TABLE distributor_link (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      distributor_id integer NOT NULL REFERENCES distributor (id) ON DELETE CASCADE,
      product_id integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
      url text,
      note text,
      is_demo boolean NOT NULL DEFAULT false,
      CONSTRAINT distributor_link_unique UNIQUE (distributor_id, product_id))`);
    await q.query(`CREATE INDEX distributor_link_product_idx ON distributor_link (product_id)`);

    // Connection requests from the storefront
    await q.query(`CREATE TYPE requester_kind AS ENUM ('distributor', 'buyer', 'other')`);
    await q.query(`CREATE TYPE connection_request_status AS ENUM ('new', 'forwarded', 'closed')`);
    await q.query(`CREATE TABLE connection_request (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      product_id integer NOT NULL REFERENCES product (id) ON DELETE CASCADE,
      producer_id integer NOT NULL REFERENCES producer (id) ON DELETE CASCADE,
      requester_kind requester_kind NOT NULL,
      name text NOT NULL,
      organisation text,
      email text,
      phone text,
      message text NOT NULL CONSTRAINT connection_request_message_length CHECK (char_length(message) <= 5000),
      language varchar(2) NOT NULL DEFAULT 'vi',
      status connection_request_status NOT NULL DEFAULT 'new',
      staff_notes text,
      CONSTRAINT connection_request_contact CHECK (email IS NOT NULL OR phone IS NOT NULL))`);
    await q.query(`CREATE INDEX connection_request_status_idx ON connection_request (status, created_at)`);
    await q.query(`CREATE INDEX connection_request_producer_idx ON connection_request (producer_id)`);

    // Staff, sessions, audit
    await q.query(`CREATE TYPE staff_role AS ENUM ('ADMIN', 'EDITOR', 'COMMUNE_OFFICER')`);
    await q.query(`CREATE TABLE staff_user (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      email text NOT NULL CONSTRAINT staff_user_email_unique UNIQUE
        CONSTRAINT staff_user_email_lower CHECK (email = lower(email)),
      display_name text NOT NULL,
      password_hash text NOT NULL,
      role staff_role NOT NULL,
      commune_code varchar(5) REFERENCES administrative_unit (code) ON DELETE RESTRICT,
      active boolean NOT NULL DEFAULT true,
      last_sign_in_at timestamptz,
      CONSTRAINT staff_user_commune_scope CHECK ((role = 'COMMUNE_OFFICER') = (commune_code IS NOT NULL)))`);
    await q.query(`CREATE TABLE staff_session (
      token_hash text PRIMARY KEY,
      staff_user_id integer NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      user_agent text)`);
    await q.query(`CREATE INDEX staff_session_user_idx ON staff_session (staff_user_id)`);
    await q.query(`CREATE INDEX staff_session_expires_idx ON staff_session (expires_at)`);
    await q.query(`CREATE TABLE audit_entry (
      id bigserial PRIMARY KEY,
      staff_user_id integer REFERENCES staff_user (id) ON DELETE SET NULL,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      before jsonb,
      after jsonb,
      request_id text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX audit_entry_created_idx ON audit_entry (created_at)`);
    await q.query(`CREATE INDEX audit_entry_user_idx ON audit_entry (staff_user_id, created_at)`);
    await q.query(`CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, created_at)`);

    // Search synonyms (staff-editable) and shared rate limits
    await q.query(`CREATE TABLE search_synonym (
      id serial PRIMARY KEY,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      label text NOT NULL CONSTRAINT search_synonym_label_unique UNIQUE,
      terms text[] NOT NULL CONSTRAINT search_synonym_two_terms CHECK (cardinality(terms) >= 2))`);
    await q.query(`
      CREATE FUNCTION search_synonym_fold_terms() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.terms := ARRAY(SELECT DISTINCT ocop_fold(btrim(t)) FROM unnest(NEW.terms) t WHERE btrim(t) <> '');
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER search_synonym_fold_terms BEFORE INSERT OR UPDATE OF terms
      ON search_synonym FOR EACH ROW EXECUTE FUNCTION search_synonym_fold_terms()`);
    await q.query(`CREATE INDEX search_synonym_terms_idx ON search_synonym USING gin (terms)`);
    // Every change to what the public sees moves this counter on; cached public answers are keyed
    // by it, so a change is visible at once on this replica and within a second on the others.
    await q.query(
      `CREATE TABLE catalog_revision (id boolean PRIMARY KEY DEFAULT true CHECK (id), revision bigint NOT NULL)`,
    );
    await q.query(`INSERT INTO catalog_revision (revision) VALUES (1)`);
    await q.query(`
      CREATE FUNCTION catalog_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE catalog_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
    for (const table of [
      "province",
      "administrative_unit",
      "category",
      "producer",
      "product",
      "certification",
      "product_image",
      "showcase_event",
      "showcase_table",
      "showcase_placement",
      "distributor",
      "distributor_link",
      "search_synonym",
    ]) {
      await q.query(`CREATE TRIGGER ${table}_catalog_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION catalog_revision_bump()`);
    }
    await q.query(`CREATE TABLE rate_limit_bucket (
      key text PRIMARY KEY,
      count integer NOT NULL,
      window_ends_at timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "rate_limit_bucket",
      "catalog_revision",
      "search_synonym",
      "audit_entry",
      "staff_session",
      "staff_user",
      "connection_request",
      "distributor_link",
      "distributor",
      "showcase_placement",
      "showcase_table",
      "showcase_event",
      "product_image",
      "certification",
      "product",
      "producer",
      "category",
      "administrative_unit",
      "province",
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    for (const type of [
      "staff_role",
      "connection_request_status",
      "requester_kind",
      "distributor_kind",
      "showcase_event_kind",
      "date_precision",
      "certification_level",
      "product_status",
      "producer_type",
      "administrative_unit_type",
    ]) {
      await q.query(`DROP TYPE IF EXISTS ${type}`);
    }
    for (const fn of [
      "search_synonym_fold_terms()",
      "producer_refresh_product_search()",
      "product_search_fields()",
      "product_refresh_newest_certificate()",
      "catalog_revision_bump()",
      "product_check_tourism_price()",
      "ocop_fold(text)",
      "f_unaccent(text)",
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}
