# The service image; docker-compose.yml runs it beside the official Neo4j image (NEO4J_URI), so no Neo4j inside.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEO4J_SKIP_DOWNLOAD=1 HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--import", "tsx", "src/server/main.ts"]
