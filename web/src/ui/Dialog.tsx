import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

export interface ModalDialogProps {
  title: ReactNode;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode;
  /** Alert dialogs (destructive confirmations) are not closed by clicking outside. */
  role?: 'dialog' | 'alertdialog';
  /**
   * False when closing by accident would lose something shown only once (a
   * one-time password): then only the dialog's own buttons close it.
   */
  dismissable?: boolean;
}

/** A modal dialog: focus is trapped inside and returns to the trigger on close; Esc closes. */
export function ModalDialog({
  title,
  isOpen,
  onOpenChange,
  children,
  role = 'dialog',
  dismissable = role === 'dialog',
}: ModalDialogProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={dismissable}
      isKeyboardDismissDisabled={!dismissable}
    >
      <Modal className="modal">
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
