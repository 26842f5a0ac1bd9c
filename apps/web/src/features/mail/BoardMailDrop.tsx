import { Box, Button, Group } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { MailDrop } from './MailDrop';

/**
 * The board's heading with its way in for one e-mail: "Record from an email" (beside the heading,
 * so the board stays as short on a phone) opens the paste-or-drop box, which reads the message,
 * matches it to its application (or proposes a new one) and offers the step for one-click
 * acceptance. A whole mailbox goes through the Mail inbox page instead.
 */
export function BoardMailDrop({ heading }: { heading: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Group justify="space-between" align="center" gap="xs" mb="sm">
        {heading}
        <Button variant="default" size="xs" aria-expanded={isOpen} aria-controls="board-mail-drop" onClick={() => setIsOpen((o) => !o)}>
          {isOpen ? 'Close the email box' : 'Record from an email'}
        </Button>
      </Group>
      <Box id="board-mail-drop" hidden={!isOpen} mb={isOpen ? 'sm' : 0}>
        {isOpen && <MailDrop />}
      </Box>
    </>
  );
}
