-- One database per service, owned by the application user (as local-stack creates them).
CREATE ROLE cohesion LOGIN PASSWORD 'cohesion';
CREATE DATABASE panel OWNER cohesion;
CREATE DATABASE initiative OWNER cohesion;
CREATE DATABASE practice OWNER cohesion;
