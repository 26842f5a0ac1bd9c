import type { ApplicationDetail } from '@secondround/core';

export interface AppProps {
  app: ApplicationDetail;
}
