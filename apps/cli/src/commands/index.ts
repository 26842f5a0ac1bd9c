import type { Command } from 'commander';
import { registerServe } from './serve';
import { registerBackup } from './backup';
import { registerDemo } from './demo';
import { registerDiagnose } from './diagnose';
import { registerNote } from './note';
import { registerTimeline } from './timeline';
import { registerListing } from './listing';
import { registerStories } from './stories';
import { registerSocial } from './social';
import { registerAdmin } from './admin';
import { registerMaterials } from './materials';
import { registerMcp } from './mcp';
import { registerMail } from './mail';

/** Every feature's subcommands. A new feature adds its `register…` function here. */
export const COMMANDS: Array<(program: Command) => void> = [registerServe, registerBackup, registerDemo, registerDiagnose, registerNote, registerTimeline, registerListing, registerStories, registerSocial, registerAdmin, registerMaterials, registerMcp, registerMail];
