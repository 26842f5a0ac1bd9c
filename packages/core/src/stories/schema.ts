import { z } from 'zod';

/** A STAR story as stored: every field present (empty text allowed for a draft's missing part). */
export const StorySchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
  situation: z.string().max(20_000),
  task: z.string().max(20_000),
  action: z.string().max(20_000),
  result: z.string().max(20_000),
  skills: z.array(z.string().max(200)).max(100).default([]),
  tags: z.array(z.string().max(200)).max(100).default([]),
});
export type Story = z.infer<typeof StorySchema>;

/** A story as a person writes it in a file: anything may be missing; we say what is. */
export const StoryInputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  situation: z.string().optional(),
  task: z.string().optional(),
  action: z.string().optional(),
  result: z.string().optional(),
  skills: z.union([z.array(z.string()), z.string()]).optional(),
  tags: z.union([z.array(z.string()), z.string()]).optional(),
});
export type StoryInput = z.infer<typeof StoryInputSchema>;

/** Something wrong with one story in a file, said so the person can fix it. */
export interface StoryProblem {
  /** 1-based position of the story in the file. */
  index: number;
  storyId: string | null;
  field: string | null;
  message: string;
}

export const STAR_FIELDS = ['situation', 'task', 'action', 'result'] as const;
