import type { Actor } from "@/lib/platform/auth/policy";

// The shape of a row of the authorization matrix (tests/integration/authorization-matrix.test.ts). Add a row
// for every new server action or protected data function: how to make a record inside and outside each
// role's scope, how to call the function, and which records each role may reach.

export type MatrixRole = "ADMIN" | "OFFICE_STAFF" | "VILLAGE_OFFICIAL";
/** "both": in- and out-of-scope records; "in": only the actor's own area/office/village; "none": nothing. */
export type Reach = "both" | "in" | "none";
export type Side = "in" | "out";

/** Records made once per test file: two offices with their own designated village, and one actor per role. */
export type MatrixFixture = {
  officeIn: { id: string };
  officeOut: { id: string };
  villageIn: string;
  villageOut: string;
  designationIn: { id: string };
  designationOut: { id: string };
  actors: Record<MatrixRole, Actor>;
};

export type MatrixRow = {
  /** The domain function (and the server action that wraps it). */
  name: string;
  reach: Record<MatrixRole, Reach>;
  /** A fresh record on the given side; its id is passed to `call`. Lists: the record that should (not) show. */
  make: (fx: MatrixFixture, side: Side) => Promise<string>;
  /** Calls the function as `actor` (null = signed out) on the record. */
  call: (actor: Actor | null, id: string, fx: MatrixFixture) => Promise<unknown>;
  /** For lists, searches and exports: the ids in the result. Absent for single-record functions. */
  ids?: (result: unknown) => string[];
  /** False when the function's type takes a signed-in actor only (its server action turns null into 404). */
  acceptsAnonymous?: boolean;
};
