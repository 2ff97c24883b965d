// finding: R2-cancel-in-join+R3-cancel-in-select
// seed: 1000190
// expect `take 1 mid 2 cancel` => w2- s5 item 6 s7 gaveup w8x w13x t26 t26. cancel
// expect `take 2 mid 1 cancel` => w2- s5 item 6 s7 w13- w8x w14- w15- w16- s17 item 20 w22- gaveup w21x t26 t26. cancel
// expect `take 2 mid 2 cancel` => w2- s5 item 6 s7 w13- w8x w14- w15- w16- s17 item 20 w22- gaveup w21x t26 t26. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t26");
        ctx.log("t26.");
    }
    {
        W::new(&ctx, 2, 1).await;
        let b3: u32 = 'l3: {
            for _ in 0..1 {
                ctx.log("s5");
                yield_!(6);
                ctx.log("s7");
            }
            tokio::select! {
                _ = W::new(&ctx, 8, 3), if ctx.ch(18, 0b100, 3) => {
                    yield_!(9);
                    yield_!(10);
                    W::new(&ctx, 11, 2).await;
                    yield_!(12);
                }
                _ = W::new(&ctx, 13, 2) => {
                    W::new(&ctx, 14, 0).await;
                    W::new(&ctx, 15, 0).await;
                    W::new(&ctx, 16, 3).await;
                    ctx.log("s17");
                }
            }
            let mut c19 = 0;
            let b19: u32 = loop {
                c19 += 1;
                if c19 > 2 { break 22; }
                yield_!(20);
                tokio::join!(async { W::new(&ctx, 21, 2).await; ctx.log("j21"); }, W::new(&ctx, 22, 0));
                yield_!(23);
                yield_!(24);
            };
            ctx.log(format!("b19={b19}"));
            6
        };
        ctx.log(format!("b3={b3}"));
        yield_!(25);
    }
}
