import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, renderWithProviders } from '../../test/utils';
import { MemberAccountControls } from './MemberAccountControls';

const member = {
  id: 'm-1',
  displayName: 'Ann',
  keycloakUserId: null,
  version: 2,
  allowedActions: ['SEARCH_MEMBER_ACCOUNTS', 'LINK_MEMBER_ACCOUNT', 'INVITE_MEMBER_ACCOUNT'],
};

describe('MemberAccountControls', () => {
  it('draws nothing without the account actions', () => {
    const { fetch } = mockFetch(() => undefined);
    renderWithProviders(<MemberAccountControls panelId="p-1" member={{ ...member, allowedActions: [] }} />, { fetch });
    expect(screen.queryByTestId('member-account')).not.toBeInTheDocument();
  });

  it('shows Unlink, not Link, for a linked member', () => {
    const { fetch } = mockFetch(() => undefined);
    renderWithProviders(
      <MemberAccountControls
        panelId="p-1"
        member={{ ...member, keycloakUserId: 'u-1', allowedActions: ['UNLINK_MEMBER_ACCOUNT'] }}
      />,
      { fetch },
    );
    expect(screen.getByTestId('unlink-account')).toBeInTheDocument();
    expect(screen.queryByTestId('link-account')).not.toBeInTheDocument();
  });

  it('searches the town and links the picked account with If-Match', async () => {
    const { fetch, requests } = mockFetch((req, url) => {
      if (url.pathname === '/panels/p-1/members/m-1/account-candidates')
        return json([{ id: 'u-7', username: 'ann', displayName: 'Ann A', email: 'ann@example.org', enabled: true }]);
      if (url.pathname === '/panels/p-1/members/m-1/account' && req.method === 'PUT')
        return json({ ...member, keycloakUserId: 'u-7' });
      return undefined;
    });
    renderWithProviders(<MemberAccountControls panelId="p-1" member={member} />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('link-account'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('account-search'), 'ann');
    await user.click(within(dialog).getByTestId('account-search-submit'));
    await user.click(await within(dialog).findByTestId('account-pick'));
    await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({ keycloakUserId: 'u-7' });
  });

  it('checks the invitation form before it sends it with an Idempotency-Key', async () => {
    const { fetch, requests } = mockFetch((req, url) =>
      url.pathname === '/panels/p-1/members/m-1/account-invitations' && req.method === 'POST'
        ? json({ ...member, keycloakUserId: 'u-9' }, 201)
        : undefined,
    );
    renderWithProviders(<MemberAccountControls panelId="p-1" member={member} />, { fetch });
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('invite-account'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('invite-email'), 'not-an-address');
    await user.click(within(dialog).getByTestId('invite-submit'));
    expect(within(dialog).getByText('Enter a valid e-mail address')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    await user.clear(within(dialog).getByTestId('invite-email'));
    await user.type(within(dialog).getByTestId('invite-email'), 'ann@example.org');
    await user.type(within(dialog).getByTestId('invite-first-name'), 'Ann');
    await user.type(within(dialog).getByTestId('invite-last-name'), 'Andersen');
    await user.click(within(dialog).getByTestId('invite-submit'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0].headers.get('Idempotency-Key')).toBeTruthy();
    expect(await requests[0].json()).toEqual({ email: 'ann@example.org', firstName: 'Ann', lastName: 'Andersen' });
  });
});
