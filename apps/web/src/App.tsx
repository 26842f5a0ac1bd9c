import { AppShell, Burger, Button, Group, Kbd, NavLink, Text } from '@mantine/core';
import { useDisclosure, useDocumentTitle, useHotkeys } from '@mantine/hooks';
import type { MouseEvent } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { QuickAdd } from './components/QuickAdd';
import { UserMenu } from './components/UserMenu';
import { ApplicationPage } from './pages/ApplicationPage';
import { BoardPage } from './pages/BoardPage';
import { DataPage } from './pages/DataPage';
import { DiagnosisPage } from './pages/DiagnosisPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { DebriefPage } from './features/prep/DebriefPage';
import { PrepSheetPage } from './features/prep/PrepSheetPage';
import { StoryBankPage } from './features/prep/StoryBankPage';
import { SocialAuditPage } from './features/social/SocialAuditPage';
import { ComposeIndexPage } from './features/followup/ComposeIndexPage';
import { ComposerPage } from './features/followup/ComposerPage';
import { MailSettingsPage } from './features/followup/MailSettingsPage';
import { TodayPage } from './features/followup/TodayPage';
import { ProfilePage } from './features/people/ProfilePage';
import { ReferencesPage } from './features/people/ReferencesPage';
import { pageTitle } from './page-titles';
import { MaterialsPage } from './features/materials/MaterialsPage';
import { ClipperSettingsPage } from './features/clipper/ClipperSettingsPage';
import { UndoNotices } from './components/UndoNotices';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api/client';
import { CoachAccessPage } from './features/coach/CoachAccessPage';
import { SharedWithYouPage } from './features/coach/SharedWithYouPage';
import { SharedPersonPage } from './features/coach/SharedPersonPage';
import { PersonPrepPage } from './features/coach/PersonPrepPage';
import { MailInboxPage } from './features/mail/MailInboxPage';

const NAV = [
  { to: '/', label: 'Board' },
  { to: '/today', label: 'Today' },
  { to: '/diagnosis', label: 'Diagnosis' },
  { to: '/stories', label: 'Story bank' },
  { to: '/social', label: 'Social audit' },
  { to: '/data', label: 'Import & export' },
  { to: '/settings/mail', label: 'Mail & calendar' },
  { to: '/references', label: 'References' },
  { to: '/profile', label: 'Work-style profile' },
  { to: '/settings/clipper', label: 'Browser clipper' },
  // Coach access needs accounts: shown only on a hosted server.
  { to: '/settings/coach', label: 'Coach access', isHostedOnly: true },
  { to: '/coach', label: 'Shared with you', isHostedOnly: true },
  { to: '/mail', label: 'Mail inbox' },
];

export function App() {
  const [navOpen, nav] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  const location = useLocation();
  const me = useQuery({ queryKey: ['me'], queryFn: async () => unwrap(await api.auth.me.$get()), retry: false });
  const isHosted = me.data?.mode === 'hosted';
  // "n" opens quick add from anywhere except while typing in a field.
  useHotkeys([['n', () => add.open()]]);
  useDocumentTitle(pageTitle(location.pathname));
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header>
        <a href="#main" className="skip-link" onClick={skipToMain}>Skip to content</a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            {/* The brand is not the page's heading: each page has its own h1 naming it. */}
            <Text component={Link} to="/" className="brand" fw={700} size="xl">secondround</Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
          <UserMenu />
          <Button onClick={add.open} aria-keyshortcuts="n" aria-label="Add application" px="sm">
            Add<Text span inherit visibleFrom="xs">&nbsp;application</Text> <Kbd ml="xs" visibleFrom="sm">n</Kbd>
          </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {NAV.filter((item) => isHosted || !('isHostedOnly' in item)).map((item) => (
          <NavLink key={item.to} component={Link} to={item.to} label={item.label} active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)} onClick={nav.close} />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          Your records stay on this machine.
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<BoardPage />} />
          <Route path="/applications/:id" element={<ApplicationPage />} />
          <Route path="/diagnosis" element={<DiagnosisPage />} />
          <Route path="/stories" element={<StoryBankPage />} />
          <Route path="/applications/:id/prep/:interviewId?" element={<PrepSheetPage />} />
          <Route path="/applications/:id/debrief/:interviewId" element={<DebriefPage />} />
          <Route path="/social" element={<SocialAuditPage />} />
          <Route path="/data" element={<DataPage />} />
          <Route path="/today" element={<TodayPage />} />
          <Route path="/compose" element={<ComposeIndexPage />} />
          <Route path="/compose/:interviewerId" element={<ComposerPage />} />
          <Route path="/settings/mail" element={<MailSettingsPage />} />
          <Route path="/references" element={<ReferencesPage />} />
          <Route path="/profile" element={<ProfilePage />} />
          <Route path="/applications/:id/materials" element={<MaterialsPage />} />
          <Route path="/settings/clipper" element={<ClipperSettingsPage />} />
          <Route path="/settings/coach" element={<CoachAccessPage />} />
          <Route path="/coach" element={<SharedWithYouPage />} />
          <Route path="/coach/:personId" element={<SharedPersonPage />} />
          <Route path="/coach/:personId/applications/:id/prep" element={<PersonPrepPage />} />
          <Route path="/mail" element={<MailInboxPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell.Main>
      <QuickAdd opened={adding} onClose={add.close} />
      <UndoNotices />
    </AppShell>
  );
}

/** The skip link moves focus itself: a bare #main would also rewrite the URL the router reads. */
function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}
