// The shape of the skill vocabulary (skill-vocabulary.ts): canonical names with the aliases
// people write ("k8s" → Kubernetes, "JS" → JavaScript, "Postgres" → PostgreSQL).

export type SkillKind = 'language' | 'framework' | 'database' | 'cloud' | 'tool' | 'practice' | 'data' | 'design' | 'product' | 'sales' | 'clinical' | 'education' | 'research' | 'soft' | 'certification';

export interface SkillEntry {
  /** How IntervAI writes it. */
  name: string;
  /** Other spellings, matched case-insensitively as whole words ("k8s", "kube"). */
  aliases: string[];
  kind: SkillKind;
}
