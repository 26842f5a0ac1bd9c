/** Tables of issue 10's people side: references, the references given per application, the work-style profile. */
export interface PeopleTables {
  referees: RefereesTable;
  refereeUses: RefereeUsesTable;
  workProfiles: WorkProfilesTable;
}

export interface RefereesTable {
  id: string;
  ownerId: string;
  name: string;
  relationship: string;
  context: string | null;
  knowsWork: number;
  email: string | null;
  phone: string | null;
  /** JSON array of story ids. */
  witnessedStoryIds: string;
  lastContactOn: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RefereeUsesTable {
  id: string;
  ownerId: string;
  applicationId: string;
  referenceId: string;
  givenOn: string;
  briefedOn: string | null;
  checkedOn: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One per owner; `id` equals `ownerId` so a backup can key it. */
export interface WorkProfilesTable {
  id: string;
  ownerId: string;
  /** The WorkStyleProfileData as JSON. */
  data: string;
  updatedAt: string;
}
