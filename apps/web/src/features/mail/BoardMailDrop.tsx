import { Box, Button } from '@mantine/core';
import { useState } from 'react';
import { MailDrop } from './MailDrop';

/**
 * The board's way in for one e-mail: "Record from an email" opens the paste-or-drop box, which
 * reads the message, matches it to its application (or proposes a new one) and offers the step
 * for one-click acceptance. A whole mailbox goes through the Mail inbox page instead.
 */
export function BoardMailDrop() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button variant="default" size="xs" mb="sm" aria-expanded={isOpen} aria-controls="board-mail-drop" onClick={() => setIsOpen((o) => !o)}>
        {isOpen ? 'Close the email box' : 'Record from an email'}
      </Button>
      <Box id="board-mail-drop" hidden={!isOpen} mb={isOpen ? 'sm' : 0}>
        {isOpen && <MailDrop />}
      </Box>
    </>
  );
}
