# secondround, hosted mode: one app process per container, PostgreSQL beside it, TLS at a proxy.
# Same topology as the tested setup (tests/integration/two-processes.test.ts): see compose.yaml.
FROM node:20-bookworm-slim
# better-sqlite3 builds from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps ./apps
COPY packages ./packages
COPY scripts ./scripts
COPY tsconfig.json ./
# npm ci runs `prepare`, which bundles the CLI; `npm run build` builds the web app.
RUN npm ci --no-audit --no-fund && npm run build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4870 SECONDROUND_TRUST_PROXY=1
USER node
EXPOSE 4870
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/cli/bin/secondround.js", "serve"]
