import { defineConfig } from 'wxt';

// Host permissions are limited to the three meeting sites the content scripts run on.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Discovery Coach',
    description: 'Live discovery coaching during sales calls. Runs entirely on your machine.',
    permissions: ['storage'],
    host_permissions: [
      'https://meet.google.com/*',
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://app.zoom.us/*',
    ],
  },
});
