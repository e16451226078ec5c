CREATE TABLE greeting (id VARCHAR(64) PRIMARY KEY, text VARCHAR(200) NOT NULL);
INSERT INTO greeting (id, text) VALUES ('hello', 'ok');
